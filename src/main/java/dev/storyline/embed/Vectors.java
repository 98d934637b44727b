package dev.storyline.embed;

/** Arithmetic on dense float vectors: dot product, normalisation, running means. */
public final class Vectors {
    private Vectors() {
    }

    public static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** A copy of {@code v} scaled to unit length (the zero vector stays zero). */
    public static float[] normalize(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = v.clone();
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int i = 0; i < out.length; i++) {
                out[i] *= inv;
            }
        }
        return out;
    }

    /** Adds {@code v} into {@code sum} in place. */
    public static void add(float[] sum, float[] v) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += v[i];
        }
    }
}
