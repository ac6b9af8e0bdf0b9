package kuozhong;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context behind the {@code kz} commands that touch the database (see {@code kuozhong.cli.Main}). */
@SpringBootApplication
public class KzApplication {
}
