package aura_broken.adapters.out.c;

import aura_broken.application.z.PortBesideTheUseCases;

public class AdapterOfAMisplacedPort implements PortBesideTheUseCases {
    @Override
    public void save(String thing) {
    }
}
