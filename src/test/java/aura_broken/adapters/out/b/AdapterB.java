package aura_broken.adapters.out.b;

public class AdapterB {
}
