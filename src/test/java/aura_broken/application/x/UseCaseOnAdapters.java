package aura_broken.application.x;

import aura_broken.adapters.out.a.AdapterA;
import aura_broken.application.y.OtherUseCase;

/** Breaks: the application imports Jedis and an adapter; features in a cycle. */
public class UseCaseOnAdapters {
    redis.clients.jedis.UnifiedJedis redis;
    AdapterA adapter;
    OtherUseCase other;
}
