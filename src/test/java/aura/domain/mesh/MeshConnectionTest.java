package aura.domain.mesh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeshConnectionTest {
    private static MeshConnection withRedis(String url) {
        return new MeshConnection("home", url, "jdbc:postgresql://10.0.0.1/aura", "aura", "db-secret");
    }

    @Test
    void noPasswordIsPrintedNeitherTheDatabasesNorOneInTheRedisUrl() {
        for (String url : new String[]{"redis://default:s3cret@10.0.0.1:6379/0", "redis://s3cret@10.0.0.1:6379",
                "redis-sentinel://u:s3cret@10.0.0.1:26379,10.0.0.2:26379/aura"}) {
            String printed = withRedis(url).toString();
            assertThat(printed).doesNotContain("s3cret").doesNotContain("db-secret").contains("10.0.0.1");
        }
        assertThat(withRedis("redis://default:s3cret@10.0.0.1:6379/0").toString()).contains("redis://default:***@10.0.0.1:6379/0");
    }

    @Test
    void aUrlWithoutCredentialsIsPrintedAsItIs() {
        assertThat(withRedis("redis://10.0.0.1:6379").toString()).contains("redis=redis://10.0.0.1:6379,");
    }
}
