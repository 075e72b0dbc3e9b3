/** Kafka serdes for the generated Avro records of {@code io.apimigrate.schemas}. */
package io.apimigrate.schemas.serde;
