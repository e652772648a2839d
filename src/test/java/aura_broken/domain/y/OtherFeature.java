package aura_broken.domain.y;

import aura_broken.domain.x.FrameworkInDomain;

public class OtherFeature {
    FrameworkInDomain back;
}
