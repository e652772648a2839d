package aura_broken.domain.x;

import aura_broken.domain.y.OtherFeature;

/** Breaks: domain imports a framework; features in a cycle; writes to System.out. */
public class FrameworkInDomain {
    io.micronaut.context.ApplicationContext context;
    OtherFeature other;

    void shout() {
        System.out.println("no");
    }
}
