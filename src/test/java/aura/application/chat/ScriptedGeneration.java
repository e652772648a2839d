package aura.application.chat;

import aura.domain.chat.ChatTurn;
import aura.domain.chat.GenerationRequest;
import aura.domain.routing.RoutingDecision;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A mesh generation that answers "answer to: <the last question>" word by word, or continues the prefill it is
 * given with the rest of {@link #CONTINUED}. It records every request, and can be held after some words.
 */
final class ScriptedGeneration implements MeshGeneration {
    static final String CONTINUED = "the first half and then the second half";

    final List<GenerationRequest> requests = new CopyOnWriteArrayList<>();
    private volatile int holdAfterWords = -1;
    private volatile CountDownLatch hold = new CountDownLatch(0);

    /** Stops after {@code words} words until {@link #release()}. */
    ScriptedGeneration holdAfter(int words) {
        holdAfterWords = words;
        hold = new CountDownLatch(1);
        return this;
    }

    void release() {
        hold.countDown();
    }

    static String answerTo(String question) {
        return "answer to: " + question;
    }

    @Override
    public void run(GenerationRequest request, RoutedGeneration.Observer observer) {
        requests.add(request);
        observer.routed("decision-" + requests.size(), new RoutingDecision(request.model(), Optional.of("gpu"), List.of(), List.of()));
        ChatTurn last = request.turns().get(request.turns().size() - 1);
        String text = last.speaker() == ChatTurn.Speaker.ASSISTANT
                ? CONTINUED.substring(last.content().length())
                : answerTo(last.content());
        String[] words = text.split("(?= )");
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i == holdAfterWords) await();
            observer.token(words[i]);
            sent.append(words[i]);
        }
        observer.done(new RoutedGeneration.Result("gpu", sent.toString(), 10, words.length, 1, 2));
    }

    private void await() {
        try {
            if (!hold.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("held generation never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
