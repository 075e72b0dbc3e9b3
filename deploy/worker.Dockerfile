# syntax=docker/dockerfile:1.7
# The inference worker (io.apimigrate.worker.WorkerMain) on a CUDA 12.8 image. Build from the repository root:
#   docker build -f deploy/worker.Dockerfile -t apimigrate/worker .
# DJL 0.36 runs PyTorch 2.7.1, whose GPU build (flavour cu128) is not on Maven Central: DJL downloads it.
# The djl-cache stage does that download once, at build time (it needs the network), into DJL_CACHE_DIR;
# the image then runs with DJL_OFFLINE=true. The CPU libtorch jar is left out of the classpath, because
# DJL prefers a bundled native library over a downloaded one. Run it with a GPU (docker --gpus 1, or the
# NVIDIA device plugin); with generator=none or http it also runs without one.

ARG CUDA_IMAGE=nvidia/cuda:12.8.1-cudnn-runtime-ubuntu24.04

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY cli/pom.xml cli/
COPY schemas schemas
COPY rules rules
COPY topology topology
COPY inference-worker inference-worker
COPY deploy/worker/DjlWarmup.java deploy/worker/
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -Dmaven.test.skip=true -pl inference-worker -am install \
 && mvn -B -q -pl inference-worker dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/app/lib \
 && cp inference-worker/target/apimigrate-inference-worker-*.jar /app/lib/ \
 && rm /app/lib/pytorch-native-cpu-*.jar \
 && javac -cp '/app/lib/*' -d /app/warmup deploy/worker/DjlWarmup.java

FROM eclipse-temurin:17-jre-noble AS jre

# Loads PyTorch once with the cu128 flavour. No GPU is needed: the driver's libcuda stub stands in.
FROM ${CUDA_IMAGE} AS djl-cache
# cuda-driver-dev-12-8 comes from the base image's own CUDA repository, whose version it follows.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends cuda-driver-dev-12-8 \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir /opt/cuda-stubs \
 && ln -s /usr/local/cuda/lib64/stubs/libcuda.so /opt/cuda-stubs/libcuda.so.1
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
COPY --from=build /app /app
ENV DJL_CACHE_DIR=/opt/djl PYTORCH_FLAVOR=cu128
RUN LD_LIBRARY_PATH=/opt/cuda-stubs:${LD_LIBRARY_PATH} \
    /opt/java/openjdk/bin/java -cp '/app/lib/*:/app/warmup' DjlWarmup

FROM ${CUDA_IMAGE}
RUN groupadd --system --gid 10001 apimigrate \
 && useradd --system --uid 10001 --gid apimigrate --home-dir /var/lib/apimigrate --create-home apimigrate
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
COPY --from=build /app/lib /app/lib
COPY --from=djl-cache --chown=10001:10001 /opt/djl /opt/djl
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:${PATH} \
    DJL_CACHE_DIR=/opt/djl \
    PYTORCH_FLAVOR=cu128 \
    DJL_OFFLINE=true \
    JAVA_TOOL_OPTIONS="-Xmx2g"
USER 10001:10001
WORKDIR /var/lib/apimigrate
EXPOSE 9404
ENTRYPOINT ["java", "-cp", "/app/lib/*", "io.apimigrate.worker.WorkerMain"]
