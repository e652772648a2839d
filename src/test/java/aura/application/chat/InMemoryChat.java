package aura.application.chat;

import aura.application.chat.port.ChatMessages;
import aura.application.chat.port.CitedNotes;
import aura.application.chat.port.ConversationNotes;
import aura.application.chat.port.Conversations;
import aura.application.chat.port.Personas;
import aura.domain.chat.ChatMessage;
import aura.domain.chat.CitedNote;
import aura.domain.chat.Conversation;
import aura.domain.chat.MessageState;
import aura.domain.chat.Persona;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Conversations, messages and personas in memory, behaving as the database adapters do (atomic positions). */
final class InMemoryChat implements Conversations, ChatMessages, ConversationNotes, CitedNotes,
        aura.application.chat.port.ConversationTemperatures {
    private final Map<String, Double> temperatures = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.util.OptionalDouble temperatureOf(String conversationId) {
        Double t = temperatures.get(conversationId);
        return t == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(t);
    }

    @Override
    public void setTemperature(String conversationId, java.util.OptionalDouble temperature) {
        if (temperature.isPresent()) temperatures.put(conversationId, temperature.getAsDouble());
        else temperatures.remove(conversationId);
    }

    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> positions = new ConcurrentHashMap<>();
    private final Map<String, ChatMessage> messages = new ConcurrentHashMap<>();
    private final Map<String, Persona> personas = new ConcurrentHashMap<>();
    private final Map<String, Boolean> notesAllowed = new ConcurrentHashMap<>();
    private final Map<String, List<CitedNote>> cited = new ConcurrentHashMap<>();

    @Override
    public void cite(String questionId, List<CitedNote> notes) {
        if (!notes.isEmpty()) cited.put(questionId, List.copyOf(notes));
    }

    @Override
    public Map<String, List<CitedNote>> inConversation(String conversationId) {
        return Map.copyOf(cited.entrySet().stream()
                .filter(e -> messages.containsKey(e.getKey()) && messages.get(e.getKey()).conversationId().equals(conversationId))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    InMemoryChat() {
        personas.put(Persona.DEFAULT, new Persona(Persona.DEFAULT, "helps", "You are a helpful assistant.", true));
    }

    @Override
    public boolean allowed(String conversationId) {
        return notesAllowed.getOrDefault(conversationId, true);
    }

    @Override
    public void allow(String conversationId, boolean allowed) {
        notesAllowed.put(conversationId, allowed);
    }

    @Override
    public void save(Conversation c) {
        conversations.put(c.id(), c);
        positions.putIfAbsent(c.id(), new AtomicLong());
    }

    @Override
    public Optional<Conversation> find(String id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public List<Conversation> forUser(String userId) {
        return conversations.values().stream().filter(c -> c.userId().equals(userId)).toList();
    }

    @Override
    public void delete(String id) {
        conversations.remove(id);
    }

    @Override
    public long claimPosition(String conversationId) {
        return positions.get(conversationId).incrementAndGet();
    }

    @Override
    public void add(ChatMessage message) {
        if (messages.values().stream().anyMatch(m -> m.conversationId().equals(message.conversationId()) && m.seq() == message.seq())) {
            throw new IllegalStateException("position " + message.seq() + " is taken");
        }
        messages.put(message.id(), message);
    }

    @Override
    public synchronized void update(ChatMessage message) {
        messages.put(message.id(), message);
    }

    @Override
    public synchronized boolean updateIfOwnedBy(ChatMessage message, String owner) {
        ChatMessage stored = messages.get(message.id());
        if (stored == null || stored.state() != MessageState.STREAMING || !stored.owner().orElse("").equals(owner)) return false;
        messages.put(message.id(), message);
        return true;
    }

    @Override
    public synchronized boolean takeOver(String messageId, String owner) {
        ChatMessage m = messages.get(messageId);
        if (m == null || m.state() != MessageState.PARTIAL) return false;
        messages.put(messageId, new ChatMessage(m.id(), m.conversationId(), m.seq(), m.speaker(), m.content(),
                MessageState.STREAMING, m.node(), m.model(), m.promptTokens(), m.outputTokens(), m.firstTokenMillis(),
                m.totalMillis(), m.decisionId(), Optional.empty(), m.created(), m.replyTo(), Optional.of(owner)));
        return true;
    }

    @Override
    public Optional<ChatMessage> message(String id) {
        return Optional.ofNullable(messages.get(id));
    }

    @Override
    public List<ChatMessage> of(String conversationId) {
        return messages.values().stream().filter(m -> m.conversationId().equals(conversationId))
                .sorted(Comparator.comparingLong(ChatMessage::seq)).toList();
    }

    @Override
    public List<ChatMessage> streaming() {
        return messages.values().stream().filter(m -> m.state() == MessageState.STREAMING).toList();
    }

    Personas personas() {
        return new Personas() {
            public List<Persona> all() { return List.copyOf(personas.values()); }
            public Optional<Persona> find(String name) { return Optional.ofNullable(personas.get(name)); }
            public void save(Persona persona) { personas.put(persona.name(), persona); }
        };
    }
}
