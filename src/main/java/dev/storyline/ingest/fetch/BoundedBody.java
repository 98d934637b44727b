package dev.storyline.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap, and cancels the transfer as soon as the cap is passed so
 * that an endless or huge body costs no more than the cap. Used by one exchange only.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** Signals that the body passed the cap; the fetcher turns it into a {@link FetchException}. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long cap) {
            super("body larger than " + cap + " bytes", null, false, false);
        }
    }

    private final long cap;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final boolean refuse;
    private Flow.Subscription subscription;

    BoundedBody(long cap) {
        this(cap, false);
    }

    private BoundedBody(long cap, boolean refuse) {
        this.cap = cap;
        this.refuse = refuse;
    }

    /** A body declared (by {@code Content-Length}) to be over the cap: not a byte of it is read. */
    static BoundedBody refused(long cap) {
        return new BoundedBody(cap, true);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (refuse) {
            subscription.cancel();
            result.completeExceptionally(new TooLarge(cap));
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(cap));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }
}
