package kuozhong.db;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.spring.JdbiFactoryBean;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import kuozhong.common.KzSettings;

/**
 * Two Jdbi instances over the one data source: {@code jdbi} joins Spring's transactions (a step's writes
 * commit with its step), {@code bulkJdbi} does not, for loads that commit batch by batch and publish
 * with a transaction of their own.
 */
@Configuration
@EnableConfigurationProperties(KzSettings.class)
public class DbConfiguration {

    @Bean
    @Primary
    public JdbiFactoryBean jdbi(DataSource dataSource) {
        JdbiFactoryBean factory = new JdbiFactoryBean(dataSource);
        factory.setPlugins(java.util.List.of(new SqlObjectPlugin()));
        return factory;
    }

    @Bean
    @Qualifier("bulk")
    public Jdbi bulkJdbi(DataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }
}
