import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Image build step of worker.Dockerfile: loads DJL's PyTorch engine once, so the libtorch flavour named by
 * PYTORCH_FLAVOR and its JNI library are downloaded into DJL_CACHE_DIR, and extracts the tokenizers' native
 * library there too. The worker then starts with DJL_OFFLINE=true and downloads nothing.
 */
public final class DjlWarmup {

    private DjlWarmup() {
    }

    public static void main(final String[] args) {
        final Engine engine = Engine.getEngine("PyTorch");
        try (NDManager manager = engine.newBaseManager()) {
            final NDArray sum = manager.ones(new Shape(2, 2)).sum();
            if (sum.getFloat() != 4f) {
                throw new IllegalStateException("PyTorch computed " + sum.getFloat() + " for the sum of four ones");
            }
        }
        ai.djl.huggingface.tokenizers.jni.LibUtils.checkStatus();
        System.out.println("DJL cache ready: PyTorch " + engine.getVersion() + ", flavour "
                + System.getenv("PYTORCH_FLAVOR") + ", in " + System.getenv("DJL_CACHE_DIR"));
    }
}
