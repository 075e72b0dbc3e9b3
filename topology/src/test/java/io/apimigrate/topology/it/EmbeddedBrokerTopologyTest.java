package io.apimigrate.topology.it;

import io.apimigrate.topology.kafka.EmbeddedKafkaBroker;

/** The topology against the in-process broker. */
class EmbeddedBrokerTopologyTest extends TopologyContract {

    private EmbeddedKafkaBroker broker;

    @Override
    String startKafka() {
        broker = new EmbeddedKafkaBroker().start();
        return broker.bootstrapServers();
    }

    @Override
    void stopKafka() {
        if (broker != null) {
            broker.close();
        }
    }
}
