package fr.socle.testing;

import fr.socle.platform.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Runs facades outside the container, on a real JPA provider: EclipseLink (the one Payara Micro bundles) over an
 * in-memory H2 database that the project's own Flyway migrations bring to the current schema, as {@code platform.Startup}
 * does at deployment. The harness plays the container's part:
 * <ul>
 *   <li>{@link #bean(Class)} makes a bean and sets its {@code @PersistenceContext}, {@code @Inject} and
 *       {@code @ConfigProperty} fields (other beans made the same way, one instance per class; a {@link Clock} the test
 *       can move; {@code Event}s that record what is fired; config from {@link #config} or the property's default),
 *       then calls its {@code @PostConstruct} method;</li>
 *   <li>{@link #tx} opens a resource-local transaction around one call and commits it (rolls back if it throws), as
 *       {@code @Transactional} does: the injected entity manager is transaction-scoped, a fresh persistence context per
 *       transaction, so what a call returns is detached afterwards, as in the container.</li>
 * </ul>
 * What it does not play: interceptors. A nested {@code REQUIRES_NEW} (e.g. {@code SealKeyRows}) joins the caller's
 * transaction here instead of opening its own; an exception in a nested bean rolls back the whole call, as it does in
 * the container for {@code REQUIRED}.
 * <p>
 * One harness per test class (a fresh database each); {@link #clean()} empties the tables between tests.
 */
public final class Harness implements AutoCloseable {

    private final String url;
    private final JdbcDataSource dataSource;
    private final EntityManagerFactory emf;
    private final EntityManager proxy;
    private final Map<Class<?>, Object> beans = new HashMap<>();
    private final Map<String, String> config = new HashMap<>();
    private final List<Object> fired = new ArrayList<>();
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    public final TestClock clock = new TestClock();

    /** The time, moved by the tests (starts at the real now; {@link #clean()} puts it back). */
    public static final class TestClock extends Clock {
        private volatile Instant now;

        @Override
        public Instant now() {
            return now == null ? super.now() : now;
        }

        public void set(Instant instant) {
            now = instant.truncatedTo(ChronoUnit.MICROS);
        }

        public void reset() {
            now = null;
        }
    }

    public Harness() {
        url = "jdbc:h2:mem:socle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        Flyway.configure(Harness.class.getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        overrides.put("jakarta.persistence.jtaDataSource", "");
        overrides.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        overrides.put("jakarta.persistence.jdbc.url", url);
        overrides.put("jakarta.persistence.jdbc.user", "sa");
        overrides.put("jakarta.persistence.jdbc.password", "");
        overrides.put("eclipselink.target-database", "org.eclipse.persistence.platform.database.H2Platform");
        overrides.put("eclipselink.target-server", "None");
        overrides.put("eclipselink.logging.level", "WARNING");
        overrides.put("eclipselink.cache.shared.default", "false");
        emf = Persistence.createEntityManagerFactory("socle", overrides);
        proxy = (EntityManager) Proxy.newProxyInstance(Harness.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (p, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "toString" -> "transaction-scoped EntityManager of " + url;
                            case "hashCode" -> System.identityHashCode(p);
                            case "equals" -> p == args[0];
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    }
                    EntityManager em = current.get();
                    if (em == null) {
                        throw new IllegalStateException("no transaction: call the facade inside harness.tx(...)");
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        beans.put(Clock.class, clock);
        beans.put(TestClock.class, clock);
    }

    /** A configuration value the beans made after this call read (MicroProfile Config's part). */
    public Harness config(String name, String value) {
        config.put(name, value);
        return this;
    }

    /** The bean of this class, made and wired on first use (one per harness, as {@code @ApplicationScoped}). */
    public <T> T bean(Class<T> type) {
        Object existing = beans.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T made = constructor.newInstance();
            return use(type, made);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }

    /** Uses this object (a stand-in, or a subclass) as the bean of {@code type}, wired like any other. */
    public <T> T use(Class<T> type, T instance) {
        beans.put(type, instance);
        beans.put(instance.getClass(), instance);
        wire(instance);
        return instance;
    }

    private void wire(Object bean) {
        for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Object value;
                if (f.isAnnotationPresent(PersistenceContext.class)) {
                    value = proxy;
                } else if (f.isAnnotationPresent(ConfigProperty.class)) {
                    value = configValue(f);
                } else if (f.isAnnotationPresent(Inject.class)) {
                    value = f.getType() == Event.class ? event() : bean(f.getType());
                } else {
                    continue;
                }
                set(bean, f, value);
            }
        }
        for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(PostConstruct.class)) {
                    try {
                        m.setAccessible(true);
                        m.invoke(bean);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private Object configValue(Field f) {
        ConfigProperty property = f.getAnnotation(ConfigProperty.class);
        String raw = config.containsKey(property.name()) ? config.get(property.name())
                : ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? null : property.defaultValue();
        if (f.getType() == Optional.class) {
            Type arg = ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            return Optional.ofNullable(raw == null ? null : convert(raw, (Class<?>) arg));
        }
        if (raw == null) {
            throw new IllegalStateException("no value for config property " + property.name() + ": give one with config(...)");
        }
        return convert(raw, f.getType());
    }

    private static Object convert(String raw, Class<?> type) {
        if (type == String.class) {
            return raw;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(raw.strip());
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(raw.strip());
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(raw.strip());
        }
        throw new IllegalStateException("config of type " + type + " is not supported by the harness");
    }

    private static void set(Object bean, Field f, Object value) {
        try {
            f.setAccessible(true);
            f.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Event<Object> event() {
        return (Event<Object>) Proxy.newProxyInstance(Harness.class.getClassLoader(), new Class<?>[] {Event.class},
                (p, method, args) -> switch (method.getName()) {
                    case "fire" -> {
                        fired.add(args[0]);
                        yield null;
                    }
                    case "toString" -> "recording Event";
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> throw new UnsupportedOperationException("Event." + method.getName() + " in the harness");
                });
    }

    /** The events fired so far (with {@code Event.fire}), of this type. */
    public <T> List<T> fired(Class<T> type) {
        return fired.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Runs one call in a transaction of its own: committed if it returns, rolled back if it throws. */
    public <T> T tx(Supplier<T> call) {
        if (current.get() != null) {
            return call.get();
        }
        EntityManager em = emf.createEntityManager();
        EntityTransaction t = em.getTransaction();
        current.set(em);
        try {
            t.begin();
            T result = call.get();
            t.commit();
            return result;
        } finally {
            if (t.isActive()) {
                t.rollback();
            }
            current.remove();
            em.close();
        }
    }

    public void run(Runnable call) {
        tx(() -> {
            call.run();
            return null;
        });
    }

    /** The transaction-scoped entity manager, for fixtures and checks inside {@link #tx}. */
    public EntityManager em() {
        return proxy;
    }

    /** Empties every table but Flyway's (and puts back the row the migrations seed), forgets fired events and the clock. */
    public void clean() {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            List<String> tables = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    s.execute("TRUNCATE TABLE \"" + table + "\"");
                }
            }
            // the one row V9 inserts: the log's head, back at the start of the chain
            s.execute("INSERT INTO certification_log_head (id, seq, hash) VALUES (1, 0, '" + "0".repeat(64) + "')");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        fired.clear();
        clock.reset();
    }

    @Override
    public void close() {
        emf.close();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            // already gone
        }
    }
}
