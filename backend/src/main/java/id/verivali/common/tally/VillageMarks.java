package id.verivali.common.tally;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

/**
 * Watches the writes to some tables, as Hibernate flushes their entities, and marks the villages whose kept counts
 * (a tally per village, counted again from the rows where marked) each write changes: a row {@code (village_code)} in
 * a mark table of the tally's own. A subclass names the tables and decides, write by write, which villages to mark;
 * it speaks of tables and columns, as the SQL that counts them does, not of other features' entity classes.
 *
 * <p>The marks of a transaction are inserted once, after Hibernate's last flush and before the commit, through
 * Hibernate's own hook for this (the one its auditing module uses): a transaction that changes a village many times
 * marks it once, and marks written only by inserts never wait for a lock.
 */
public abstract class VillageMarks
        implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final int IN_LIST = 500;

    private final EntityManagerFactory entityManagerFactory;
    private final Set<String> tables;
    private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();

    protected VillageMarks(EntityManagerFactory entityManagerFactory, String... tables) {
        this.entityManagerFactory = entityManagerFactory;
        this.tables = Set.of(tables);
    }

    @PostConstruct
    void listen() {
        var listeners = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
    }

    /** Marks what one write of a watched table changes. */
    protected abstract void written(Write write);

    @Override
    public void onPostInsert(PostInsertEvent event) {
        handle(event.getSession(), event.getPersister(), event.getState(), null, null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        var dirty = event.getDirtyProperties();
        handle(
                event.getSession(),
                event.getPersister(),
                event.getState(),
                event.getOldState(),
                dirty == null ? null : Arrays.stream(dirty).boxed().toList());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        handle(event.getSession(), event.getPersister(), event.getDeletedState(), null, null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void handle(
            EventSource session, EntityPersister persister, Object[] state, Object[] oldState, List<Integer> dirty) {
        if (persister instanceof AbstractEntityPersister mapped && tables.contains(mapped.getTableName())) {
            written(new Write(session, mapped, state, oldState, dirty));
        }
    }

    /** One row written: its table, its state after the write (before it, for a delete), and what changed. */
    protected final class Write {

        private final EventSource session;
        private final AbstractEntityPersister persister;
        private final Object[] state;
        private final Object[] oldState;
        private final List<Integer> dirty;

        private Write(
                EventSource session,
                AbstractEntityPersister persister,
                Object[] state,
                Object[] oldState,
                List<Integer> dirty) {
            this.session = session;
            this.persister = persister;
            this.state = state;
            this.oldState = oldState;
            this.dirty = dirty;
        }

        public String table() {
            return persister.getTableName();
        }

        /**
         * A column's value after the write: a string for text and enum columns, the referenced row's id for a
         * foreign key.
         */
        public Object value(String column) {
            return plain(state[property(column)]);
        }

        /** A column's value before an update; null for an insert or a delete. */
        public Object oldValue(String column) {
            return oldState == null ? null : plain(oldState[property(column)]);
        }

        /** Whether an update changed one of the columns; an insert and a delete change them all. */
        public boolean changed(String... columns) {
            if (dirty == null) {
                return true;
            }
            return Arrays.stream(columns).anyMatch(column -> dirty.contains(property(column)));
        }

        /** Marks a village in a mark table. */
        public void mark(String markTable, String villageCode) {
            if (villageCode != null) {
                pendingFor(session).villages(markTable).add(villageCode);
            }
        }

        /**
         * Marks in a mark table the villages a query finds for an id when the transaction ends, for rows that know
         * their village only through another: {@code villagesOf} selects {@code village_code} {@code where id in
         * (%s)}.
         */
        public void markVillagesOf(String markTable, String villagesOf, Object id) {
            if (id != null) {
                pendingFor(session).lookups(markTable, villagesOf).add(id);
            }
        }

        private int property(String column) {
            var names = persister.getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                if (Arrays.stream(persister.getPropertyColumnNames(i)).anyMatch(column::equalsIgnoreCase)) {
                    return i;
                }
            }
            throw new IllegalStateException("No property of " + persister.getEntityName() + " maps to " + column);
        }

        private Object plain(Object value) {
            if (value == null || value instanceof String) {
                return value;
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            var lazy = HibernateProxy.extractLazyInitializer(value);
            if (lazy != null) {
                return lazy.getIdentifier();
            }
            var id = session.getContextEntityIdentifier(value);
            return id != null ? id : value;
        }
    }

    private Pending pendingFor(EventSource session) {
        return pending.computeIfAbsent(session, owner -> {
            var marks = new Pending();
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) marks);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) marks);
            return marks;
        });
    }

    /** One transaction's marks, written before it commits. */
    private final class Pending implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

        private final Map<String, Set<String>> villages = new HashMap<>();
        private final Map<List<String>, Set<Object>> lookups = new HashMap<>();

        Set<String> villages(String markTable) {
            return villages.computeIfAbsent(markTable, table -> new TreeSet<>());
        }

        Set<Object> lookups(String markTable, String villagesOf) {
            return lookups.computeIfAbsent(List.of(markTable, villagesOf), key -> new LinkedHashSet<>());
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            session.doWork(this::write);
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            pending.remove(session);
        }

        private void write(Connection connection) throws SQLException {
            for (var lookup : lookups.entrySet()) {
                var ids = new ArrayList<>(lookup.getValue());
                for (int from = 0; from < ids.size(); from += IN_LIST) {
                    var chunk = ids.subList(from, Math.min(from + IN_LIST, ids.size()));
                    var select =
                            lookup.getKey().get(1).formatted(String.join(", ", Collections.nCopies(chunk.size(), "?")));
                    try (var insert = connection.prepareStatement("insert into %s (village_code) %s"
                            .formatted(lookup.getKey().get(0), select))) {
                        for (int i = 0; i < chunk.size(); i++) {
                            insert.setObject(i + 1, chunk.get(i));
                        }
                        insert.executeUpdate();
                    }
                }
            }
            for (var marked : villages.entrySet()) {
                try (var insert = connection.prepareStatement(
                        "insert into %s (village_code) values (?)".formatted(marked.getKey()))) {
                    for (var village : marked.getValue()) {
                        insert.setString(1, village);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        }
    }
}
