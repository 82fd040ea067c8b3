package id.verivali.report;

import id.verivali.changerequest.ChangeType;
import id.verivali.civilregistry.PopulationAdded;
import id.verivali.household.HouseholdsEntered;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
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
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks the villages whose published figures a transaction changes, in that transaction, so that {@link
 * RegistryTallies} counts them again. It watches every write to the tables the figures count, whoever makes it: the
 * entities' inserts, updates and deletes as Hibernate flushes them (a household, its members, a removal in progress),
 * and the bulk writes that bypass the entities ({@link HouseholdsEntered}, {@link PopulationAdded}). Like the report,
 * it speaks of tables and columns, not of other features' classes.
 *
 * <p>An entity's marks are written once per transaction, after Hibernate's last flush and before the commit (Hibernate's
 * own hook for this, the one its auditing module uses), so a transaction that changes a village many times marks it
 * once.
 */
@Component
class RegistryTallyMarks implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final Set<String> REMOVALS =
            Set.of(ChangeType.REMOVE_HOUSEHOLD.name(), ChangeType.REMOVE_MEMBER.name());
    private static final int IN_LIST = 500;

    private final EntityManagerFactory entityManagerFactory;
    private final NamedParameterJdbcTemplate jdbc;
    private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();

    RegistryTallyMarks(EntityManagerFactory entityManagerFactory, NamedParameterJdbcTemplate jdbc) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
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

    @Override
    public void onPostInsert(PostInsertEvent event) {
        mark(event.getSession(), event.getPersister(), event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        var persister = event.getPersister();
        var table = tableOf(persister);
        if (table.equals("change_request") && !statusChanged(event)) {
            // Of a change, only a removal's status counts: whether it is still in progress.
            return;
        }
        mark(event.getSession(), persister, event.getState());
        if (table.equals("household") && event.getOldState() != null) {
            // A household moved to another village changes the one it left too.
            mark(event.getSession(), persister, event.getOldState());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        mark(event.getSession(), event.getPersister(), event.getDeletedState());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @EventListener
    void householdsEntered(HouseholdsEntered entered) {
        insertMarks(entered.villageCodes());
    }

    /** A resident's e-KTP counts for every member with their NIK, in whichever village. */
    @EventListener
    void populationAdded(PopulationAdded added) {
        var niks = added.niks();
        for (int from = 0; from < niks.size(); from += IN_LIST) {
            jdbc.update(
                    """
                    insert into registry_tally_mark (village_code)
                    select distinct h.village_code from household h join household_member m on m.household_id = h.id
                    where m.nik in (:niks)""", new MapSqlParameterSource("niks", niks.subList(from, Math.min(from + IN_LIST, niks.size()))));
        }
    }

    /** Notes the village of a row the figures count: a household's, a member's household's, a removal's. */
    private void mark(EventSource session, EntityPersister persister, Object[] state) {
        switch (tableOf(persister)) {
            case "household" -> pendingFor(session).villages.add((String) state[propertyOf(persister, "village_code")]);
            case "household_member" ->
                pendingFor(session).households.add(idOf(session, state[propertyOf(persister, "household_id")]));
            case "change_request" -> {
                if (REMOVALS.contains(nameOf(state[propertyOf(persister, "change_type")]))) {
                    pendingFor(session).villages.add((String) state[propertyOf(persister, "village_code")]);
                }
            }
            default -> {
                // Not counted by the report.
            }
        }
    }

    private static boolean statusChanged(PostUpdateEvent event) {
        int status = propertyOf(event.getPersister(), "status");
        var dirty = event.getDirtyProperties();
        return dirty == null || Arrays.stream(dirty).anyMatch(property -> property == status);
    }

    private Pending pendingFor(EventSource session) {
        return pending.computeIfAbsent(session, owner -> {
            var marks = new Pending();
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) marks);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) marks);
            return marks;
        });
    }

    private static String tableOf(EntityPersister persister) {
        return persister instanceof AbstractEntityPersister mapped ? mapped.getTableName() : "";
    }

    /** The index in an entity's state of the property mapped to a column. */
    private static int propertyOf(EntityPersister persister, String column) {
        var mapped = (AbstractEntityPersister) persister;
        var names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (Arrays.stream(mapped.getPropertyColumnNames(i)).anyMatch(column::equalsIgnoreCase)) {
                return i;
            }
        }
        throw new IllegalStateException("No property of " + persister.getEntityName() + " maps to " + column);
    }

    private static Object idOf(EventSource session, Object entity) {
        var lazy = HibernateProxy.extractLazyInitializer(entity);
        return lazy != null ? lazy.getIdentifier() : session.getContextEntityIdentifier(entity);
    }

    private static String nameOf(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }

    private void insertMarks(Collection<String> villages) {
        if (!villages.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into registry_tally_mark (village_code) values (:village)",
                    villages.stream()
                            .map(village -> new MapSqlParameterSource("village", village))
                            .toArray(MapSqlParameterSource[]::new));
        }
    }

    /** One transaction's villages and households, written before it commits. */
    private final class Pending implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

        final Set<String> villages = new TreeSet<>();
        final Set<Object> households = new HashSet<>();

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            session.doWork(this::write);
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            pending.remove(session);
        }

        private void write(Connection connection) throws SQLException {
            var ids = new ArrayList<>(households);
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                List<Object> chunk = ids.subList(from, Math.min(from + IN_LIST, ids.size()));
                try (var insert = connection.prepareStatement(
                        """
                        insert into registry_tally_mark (village_code)
                        select distinct village_code from household where id in (%s)""".formatted(String.join(", ", Collections.nCopies(chunk.size(), "?"))))) {
                    for (int i = 0; i < chunk.size(); i++) {
                        insert.setObject(i + 1, chunk.get(i));
                    }
                    insert.executeUpdate();
                }
            }
            if (!villages.isEmpty()) {
                try (var insert =
                        connection.prepareStatement("insert into registry_tally_mark (village_code) values (?)")) {
                    for (var village : villages) {
                        insert.setString(1, village);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        }
    }
}
