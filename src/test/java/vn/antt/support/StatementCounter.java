package vn.antt.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends to the database while {@link #count} runs: every execute call
 * of a statement, whoever sends it (Hibernate, JdbcTemplate, Spring Session…). A MockMvc request runs on the test's
 * thread, so the count is exactly that request's. Wraps the application's {@code DataSource} in every
 * {@link AnttIntegrationTest} context (outside a count it only passes calls on).
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> EXECUTED = new ThreadLocal<>();

    /** What one piece of work sent to the database. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    public static <T> Counted<T> count(Callable<T> work) throws Exception {
        List<String> executed = new ArrayList<>();
        EXECUTED.set(executed);
        try {
            T result = work.call();
            return new Counted<>(result, List.copyOf(executed));
        }
        finally {
            EXECUTED.remove();
        }
    }

    /** Runs work of the test harness itself (not of the request being counted) outside any count. */
    static <T> T uncounted(Callable<T> work) throws Exception {
        List<String> counting = EXECUTED.get();
        EXECUTED.remove();
        try {
            return work.call();
        }
        finally {
            if (counting != null) {
                EXECUTED.set(counting);
            }
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        private static Connection connection(Connection target) {
            return proxy(Connection.class, target, (method, args, result) -> {
                if (result instanceof Statement statement) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                    Class<? extends Statement> type = statement instanceof CallableStatement ? CallableStatement.class
                            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                    return statement(type, statement, sql);
                }
                return result;
            });
        }

        private static Statement statement(Class<? extends Statement> type, Statement target, String prepared) {
            return proxy(type, target, (method, args, result) -> {
                if (method.getName().startsWith("execute")) {
                    List<String> executed = EXECUTED.get();
                    if (executed != null) {
                        executed.add(prepared != null ? prepared
                                : args != null && args.length > 0 ? String.valueOf(args[0]) : method.getName());
                    }
                }
                return result;
            });
        }

        private interface AfterCall {
            Object apply(Method method, Object[] args, Object result) throws Throwable;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, Object target, AfterCall after) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().equals("unwrap") && args.length == 1 && ((Class<?>) args[0]).isInstance(target)) {
                    return target;
                }
                try {
                    return after.apply(method, args, method.invoke(target, args));
                }
                catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }
}
