package dev.bulwark.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MlCommandsTest {

    private static List<String> argv(String line) {
        return Arrays.asList(line.split(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jupyter lab --ip 0.0.0.0|Jupyter server",
            "/opt/conda/bin/jupyter notebook|Jupyter server",
            "python -m jupyterlab --ip=0.0.0.0|Jupyter server",
            "python -m jupyter lab|Jupyter server",
            "start-notebook.sh --NotebookApp.token=x|Jupyter server",
            "tensorboard --logdir=/logs --bind_all|TensorBoard",
            "python -m tensorboard.main --logdir /logs|TensorBoard",
            "mlflow server --host 0.0.0.0|MLflow server",
            "mlflow ui|MLflow server",
            "ray start --head --dashboard-host 0.0.0.0|Ray head"})
    void toolServers(String line, String tool) {
        assertThat(MlCommands.toolServer(argv(line))).contains(tool);
    }

    @ParameterizedTest
    @ValueSource(strings = {"python -m jupyter --version", "jupyter nbconvert --to html x.ipynb", "jupyter-lab --help",
            "mlflow run .", "ray start --address head:6379", "python serve.py", "jupyter"})
    void notToolServers(String line) {
        assertThat(MlCommands.toolServer(argv(line))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"torchrun --nproc-per-node 4 train.py", "python -m torch.distributed.run train.py",
            "deepspeed train.py", "accelerate launch train.py", "llamafactory-cli train config.yaml",
            "/usr/local/bin/torchrun train.py"})
    void trainingLaunchers(String line) {
        assertThat(MlCommands.launchesTraining(argv(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"python train.py", "accelerate config", "llamafactory-cli webui", "vllm serve x"})
    void notTrainingLaunchers(String line) {
        assertThat(MlCommands.launchesTraining(argv(line))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--model x --tensor-parallel-size 4|4", "--tp=2|2", "--num-shard 2|2",
            "--tp-size 8 --port 30000|8"})
    void tensorParallelism(String line, int degree) {
        assertThat(MlCommands.tensorParallelism(argv(line))).hasValue(degree);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--model x", "--tensor-parallel-size ${TP}", "--tp"})
    void noTensorParallelism(String line) {
        assertThat(MlCommands.tensorParallelism(argv(line))).isEmpty();
    }
}
