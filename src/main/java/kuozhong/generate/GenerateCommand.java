package kuozhong.generate;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder until the generator lands. */
@Command(name = "generate")
public class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
