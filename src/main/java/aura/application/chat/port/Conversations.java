package aura.application.chat.port;

import aura.domain.chat.Conversation;

import java.util.List;
import java.util.Optional;

/** People's conversations in the shared database. */
public interface Conversations {
    void save(Conversation conversation);

    Optional<Conversation> find(String id);

    /** Most recently updated first. */
    List<Conversation> forUser(String userId);

    void delete(String id);
}
