package aura_broken.adapters.out.a;

import aura_broken.adapters.out.b.AdapterB;

/** Breaks: calls another adapter sideways. */
public class AdapterA {
    AdapterB sideways;
}
