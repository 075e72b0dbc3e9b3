package io.apimigrate.topology.it;

import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The topology against Kafka in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerTopologyTest extends TopologyContract {

    private static final String IMAGE = "apache/kafka:4.1.0";

    private KafkaContainer kafka;

    @Override
    String startKafka() {
        kafka = new KafkaContainer(IMAGE);
        kafka.start();
        return kafka.getBootstrapServers();
    }

    @Override
    void stopKafka() {
        if (kafka != null) {
            kafka.stop();
        }
    }
}
