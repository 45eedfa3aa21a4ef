package io.lowvoltage.compounds;

import io.lowvoltage.Action;
import io.lowvoltage.Connection;
import io.lowvoltage.exceptions.LowVoltageException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, single-pass sequence of the pages of a paginated DynamoDB operation, and of the items in them: the
 * engine behind every {@code Compounds.iterate*}: {@link Compounds#iterateQuery}, {@link Compounds#iterateScan},
 * {@link Compounds#iterateBatchGetItem}, the {@code List*} operations, ExecuteStatement, and DynamoDB Streams'
 * ListStreams, DescribeStream and GetRecords.
 *
 * <pre>{@code
 * for (Item item : Compounds.iterateQuery(connection, query).pageSize(100).maxItems(1000)) { ... }
 * Compounds.iterateScan(connection, new Scan("T")).stream().filter(...).forEach(...);
 * for (QueryResponse page : Compounds.iterateQuery(connection, query).pages()) { page.consumedCapacity(); }
 * }</pre>
 *
 * <p><b>Laziness.</b> Nothing is sent before the first {@code hasNext()} or {@code next()}; then one request per
 * page, and the next page only when the current one is used up. Once the last page is read, {@code hasNext()}
 * is false and {@code next()} throws {@link NoSuchElementException}. A request that fails throws its
 * {@link LowVoltageException} from {@code hasNext()} or {@code next()}, after the connection's retries.
 *
 * <p><b>One pass.</b> Like a {@link Stream}, a paginator is iterated once, through exactly one of its views:
 * {@link #iterator()} (or a for-each loop, or {@link #stream()}) for the items, or {@link #pages()} (or
 * {@link #pageStream()}) for the whole responses. A second view throws {@link IllegalStateException}: ask the
 * compound for a new paginator instead. Not thread-safe.
 *
 * <p><b>The action is the paginator's.</b> Actions have no copy method, so the paginator takes ownership of the
 * action it is given: it sets the start of each next page on it ({@code ExclusiveStartKey},
 * {@code ExclusiveStartTableName}...) and, when {@link #pageSize(int)} or {@link #maxItems(long)} is set, its
 * {@code Limit}. That is safe because a {@link Connection} writes an action to bytes when it is sent, so no
 * request in flight changes; but do not change or send the action yourself while the paginator is in use, and
 * expect it to hold the last page's start key afterwards.
 *
 * <p><b>Adding a paginated operation</b> takes one call to {@link #of(Connection, Action, Function, Function)}
 * (or its overload with a {@code Limit} setter): the first action, a function from a page to the action for
 * the next page (or empty when it was the last), and a function from a page to its items. For example, in
 * {@link Compounds}:
 * <pre>{@code
 * public static Paginator<ListBackupsResponse, BackupSummary> iterateListBackups(Connection c, ListBackups a) {
 *     return Paginator.of(c, a, page -> page.hasMorePages()
 *                     ? Optional.of(a.exclusiveStartBackupArn(page.lastEvaluatedBackupArn())) : Optional.empty(),
 *             ListBackupsResponse::backupSummaries, ListBackups::limit, 100);
 * }
 * }</pre>
 * Operations whose continuation is a token ({@code NextToken} of ListExports, ListImports,
 * ListContributorInsights, ListTagsOfResource, ExecuteStatement) follow the same shape; ListTagsOfResource,
 * which has no page size member, uses the overload without a {@code Limit} setter. Custom paginators (a Query
 * whose next page depends on the application, say) are written the same way.
 *
 * @param <R> the response type: one page
 * @param <T> the type of the items in a page
 */
public final class Paginator<R, T> implements Iterable<T> {
    private final Connection connection;
    private final Source<?, R> source;
    private final Function<? super R, ? extends List<? extends T>> itemsOf;
    private int pageSize;
    private long maxItems = Long.MAX_VALUE;
    private long maxPages = Long.MAX_VALUE;
    private Function<LowVoltageException, RuntimeException> failures = e -> e;
    private String claimedBy;

    private Paginator(Connection connection, Source<?, R> source,
            Function<? super R, ? extends List<? extends T>> itemsOf) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.source = source;
        this.itemsOf = Objects.requireNonNull(itemsOf, "itemsOf");
    }

    /**
     * A paginator for an operation without a page size member.
     *
     * @param connection where to send the actions
     * @param first      the action for the first page; the paginator owns it from now on
     * @param next       from a page, the action for the next page, or empty when that page was the last
     * @param itemsOf    from a page, its items
     * @param <A>        the action type
     * @param <R>        the response type
     * @param <T>        the item type
     * @return a paginator that has sent nothing yet
     */
    public static <A extends Action<R>, R, T> Paginator<R, T> of(Connection connection, A first,
            Function<? super R, Optional<A>> next, Function<? super R, ? extends List<? extends T>> itemsOf) {
        return new Paginator<>(connection, new Source<>(Objects.requireNonNull(first, "first"), next, null, 0),
                itemsOf);
    }

    /** A paginator with no page, for compounds given nothing to do. */
    static <R, T> Paginator<R, T> empty(Connection connection) {
        return new Paginator<>(connection, new Source<Action<R>, R>(null, page -> Optional.empty(), null, 0),
                page -> List.of());
    }

    /**
     * A paginator for an operation with a page size member ({@code Limit}, {@code MaxResults}...), which
     * {@link #pageSize(int)} and {@link #maxItems(long)} set.
     *
     * @param connection where to send the actions
     * @param first      the action for the first page; the paginator owns it from now on
     * @param next       from a page, the action for the next page, or empty when that page was the last
     * @param itemsOf    from a page, its items
     * @param limit      sets the page size on an action, such as {@code Query::limit}
     * @param maxLimit   the largest page size the operation accepts, such as 100 for ListTables
     * @param <A>        the action type
     * @param <R>        the response type
     * @param <T>        the item type
     * @return a paginator that has sent nothing yet
     */
    public static <A extends Action<R>, R, T> Paginator<R, T> of(Connection connection, A first,
            Function<? super R, Optional<A>> next, Function<? super R, ? extends List<? extends T>> itemsOf,
            ObjIntConsumer<? super A> limit, int maxLimit) {
        if (maxLimit < 1) {
            throw new IllegalArgumentException("maxLimit must be 1 or more, got " + maxLimit);
        }
        return new Paginator<>(connection, new Source<>(Objects.requireNonNull(first, "first"), next,
                Objects.requireNonNull(limit, "limit"), maxLimit), itemsOf);
    }

    /**
     * Sets the number of items each request asks for (the operation's {@code Limit}), overriding any limit set on
     * the action. For Query and Scan, {@code Limit} counts items evaluated before the filter, so a page may hold
     * fewer. Unset, DynamoDB's default applies (up to 1 MB per page).
     *
     * @param pageSize 1 or more, at most the operation's maximum
     * @return this paginator
     * @throws IllegalStateException when iteration has started, or the operation has no page size member
     */
    public Paginator<R, T> pageSize(int pageSize) {
        requireNotStarted("pageSize");
        if (source.limit == null) {
            throw new IllegalStateException("This operation has no page size member: leave pageSize unset");
        }
        if (pageSize < 1 || pageSize > source.maxLimit) {
            throw new IllegalArgumentException("pageSize must be from 1 to " + source.maxLimit + ", got " + pageSize);
        }
        this.pageSize = pageSize;
        return this;
    }

    /**
     * Stops after this many items in all: no request is sent once they were received, the item views end after
     * exactly that many, and, when the operation has a page size member, each request asks for no more than
     * the items still wanted (overriding any limit set on the action).
     *
     * @param maxItems 0 or more
     * @return this paginator
     * @throws IllegalStateException when iteration has started
     */
    public Paginator<R, T> maxItems(long maxItems) {
        requireNotStarted("maxItems");
        if (maxItems < 0) {
            throw new IllegalArgumentException("maxItems must be 0 or more, got " + maxItems);
        }
        this.maxItems = maxItems;
        return this;
    }

    /**
     * Stops after this many pages: no request is sent once they were received. Useful where pages may be empty
     * and the sequence need not end, such as {@link Compounds#iterateGetRecords} on an open shard.
     *
     * @param maxPages 0 or more
     * @return this paginator
     * @throws IllegalStateException when iteration has started
     */
    public Paginator<R, T> maxPages(long maxPages) {
        requireNotStarted("maxPages");
        if (maxPages < 0) {
            throw new IllegalArgumentException("maxPages must be 0 or more, got " + maxPages);
        }
        this.maxPages = maxPages;
        return this;
    }

    /** Compounds that must hand back what they did not do (batch reads) map request failures here. */
    Paginator<R, T> mapFailures(Function<LowVoltageException, RuntimeException> failures) {
        this.failures = Objects.requireNonNull(failures, "failures");
        return this;
    }

    /**
     * @return the items of every page, in order; the first call claims this paginator
     * @throws IllegalStateException when a view was already taken
     */
    @Override
    public Iterator<T> iterator() {
        return new Items(claim("iterator()"));
    }

    /** @return the same items as {@link #iterator()}, as a sequential stream; it claims this paginator */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** @return this paginator, read as items: a name for {@link #iterator()} in for-each loops */
    public Iterable<T> items() {
        return this;
    }

    /**
     * @return a view yielding each response, whole, one per request; its iterator claims this paginator
     */
    public Iterable<R> pages() {
        return () -> claim("pages()");
    }

    /** @return the responses as a sequential stream; it claims this paginator */
    public Stream<R> pageStream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages().iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private Pages claim(String view) {
        if (claimedBy != null) {
            throw new IllegalStateException("This paginator was already iterated through " + claimedBy
                    + ": a paginator is single-pass, like a Stream. Ask the compound for a new one");
        }
        claimedBy = view;
        return new Pages();
    }

    private void requireNotStarted(String setting) {
        if (claimedBy != null) {
            throw new IllegalStateException("Set " + setting + " before iterating: this paginator was already"
                    + " iterated through " + claimedBy);
        }
    }

    /** The pages, fetched one at a time when asked for. */
    private final class Pages implements Iterator<R> {
        private R fetched;
        private long received;
        private long pagesReceived;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (fetched != null) {
                return true;
            }
            if (done || received >= maxItems || pagesReceived >= maxPages) {
                done = true;
                return false;
            }
            R page;
            try {
                if (!source.hasNext()) {
                    done = true;
                    return false;
                }
                if (pageSize > 0 || maxItems != Long.MAX_VALUE) {
                    long wanted = Math.min(pageSize > 0 ? pageSize : Long.MAX_VALUE, maxItems - received);
                    source.limit((int) Math.min(wanted, source.maxLimit));
                }
                page = source.send(connection);
            } catch (LowVoltageException e) {
                done = true;
                throw failures.apply(e);
            }
            received += itemsOf.apply(page).size();
            pagesReceived++;
            fetched = page;
            return true;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more pages");
            }
            R page = fetched;
            fetched = null;
            return page;
        }
    }

    /** The items of the pages, cut at {@code maxItems}. */
    private final class Items implements Iterator<T> {
        private final Pages pages;
        private Iterator<? extends T> current = Collections.emptyIterator();
        private long yielded;

        Items(Pages pages) {
            this.pages = pages;
        }

        @Override
        public boolean hasNext() {
            while (yielded < maxItems) {
                if (current.hasNext()) {
                    return true;
                }
                if (!pages.hasNext()) {
                    return false;
                }
                current = itemsOf.apply(pages.next()).iterator();
            }
            return false;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more items");
            }
            yielded++;
            return current.next();
        }
    }

    /** The next action to send, and how to make the one after; keeps the action type out of the public type. */
    private static final class Source<A extends Action<R>, R> {
        private final Function<? super R, Optional<A>> next;
        private final ObjIntConsumer<? super A> limit;
        private final int maxLimit;
        private A pending;
        private R last;

        Source(A first, Function<? super R, Optional<A>> next, ObjIntConsumer<? super A> limit, int maxLimit) {
            this.pending = first;
            this.next = Objects.requireNonNull(next, "next");
            this.limit = limit;
            this.maxLimit = maxLimit;
        }

        /** Makes the next action from the last page only now, so that a failure there never hides that page. */
        boolean hasNext() {
            if (last != null) {
                R page = last;
                last = null;
                pending = next.apply(page).orElse(null);
            }
            return pending != null;
        }

        void limit(int pageSize) {
            if (limit != null) {
                limit.accept(pending, pageSize);
            }
        }

        R send(Connection connection) {
            A action = pending;
            pending = null;
            last = connection.request(action);
            return last;
        }
    }
}
