package aura_broken.application.y;

import aura_broken.application.x.UseCaseOnAdapters;

public class OtherUseCase {
    UseCaseOnAdapters back;
}
