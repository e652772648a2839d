package aura.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a model server: a real HTTP server on loopback speaking Ollama's NDJSON or OpenAI's SSE streaming
 * protocol. Every model "answers" the same fixed text, word by word, at a configurable speed; when the prompt
 * ends with a partial assistant answer it continues that text, as a real model continues a prefill, or resumes as
 * another kind of server does ({@link Resumes}). It can be told to die or stall after some tokens, and it records
 * every request body it receives.
 */
public final class StandInBackend implements AutoCloseable {
    public enum Protocol { OLLAMA, OPENAI }

    /**
     * How a partial answer sent as a final assistant message is resumed: continued (Ollama, llama.cpp), continued
     * only with {@code continue_final_message: true, add_generation_prompt: false} (vLLM), or ignored, the answer
     * starting over (OpenAI's own API).
     */
    public enum Resumes { PREFILL, VLLM, RESTART }

    public static final String ANSWER = "Liquid networks adapt their time constants to the input, which makes "
            + "them robust forecasters of host metrics when the load changes quickly and without warning.";

    private final Protocol protocol;
    private final List<String> models;
    /** Every {@code /api/create} body received (Ollama's model creation), in order; the created model is then listed. */
    public final List<JsonNode> creates = new CopyOnWriteArrayList<>();
    /** The digests of the blobs pushed with {@code POST /api/blobs/<digest>}, with their sizes. */
    public final java.util.Map<String, Integer> blobs = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpServer server;
    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    /** The client port of every chat request, in order: the same port twice means a reused connection. */
    public final List<Integer> chatClientPorts = new CopyOnWriteArrayList<>();
    public final AtomicInteger active = new AtomicInteger();
    private volatile long millisPerToken = 5;
    private volatile int dieAfterTokens = -1;
    private volatile int stallAfterTokens = -1;
    private volatile int errorStatus = 0;
    private volatile java.util.concurrent.atomic.AtomicBoolean dieOnce;
    private volatile Resumes resumes = Resumes.PREFILL;
    private volatile String ownedBy;
    private volatile boolean echoing;

    static {
        // Model servers write their tokens without Nagle's delay, as Netty does; the JDK's server otherwise holds
        // a token back until the client's delayed ACK (up to 40 ms) and a first-token time measures that.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private StandInBackend(Protocol protocol, List<String> models) throws IOException {
        this(protocol, models, 0);
    }

    private StandInBackend(Protocol protocol, List<String> models, int port) throws IOException {
        this.protocol = protocol;
        this.models = new CopyOnWriteArrayList<>(models);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stand-in-" + protocol);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public static StandInBackend start(Protocol protocol, String... models) {
        try {
            return new StandInBackend(protocol, List.of(models));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stand-in as a process of its own, for a machine the test cannot reach from its JVM (a network namespace):
     * {@code PROTOCOL PORT [--echoing] MODEL...}, on that machine's loopback; prints {@code listening} when ready.
     */
    public static void main(String[] args) throws Exception {
        List<String> models = new java.util.ArrayList<>(List.of(args).subList(2, args.length));
        boolean echoing = models.remove("--echoing");
        var backend = new StandInBackend(Protocol.valueOf(args[0].toUpperCase()), models, Integer.parseInt(args[1]));
        backend.echoing(echoing);
        System.out.println("listening on " + backend.url());
        Thread.currentThread().join();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String spec() {
        return protocol.name().toLowerCase() + ":" + url();
    }

    public StandInBackend tokensPerSecond(double rate) {
        millisPerToken = (long) (1000 / rate);
        return this;
    }

    public StandInBackend dieAfter(int tokens) {
        dieAfterTokens = tokens;
        return this;
    }

    /** Dies after {@code tokens} tokens once, for the first of all stand-ins sharing {@code died} to get there. */
    public StandInBackend dieOnceAfter(int tokens, java.util.concurrent.atomic.AtomicBoolean died) {
        dieOnce = died;
        dieAfterTokens = tokens;
        return this;
    }

    public StandInBackend resumes(Resumes how) {
        resumes = how;
        return this;
    }

    /** The {@code owned_by} of the models it lists on {@code /v1/models}, as vLLM ("vllm") or llama.cpp ("llamacpp") name it. */
    public StandInBackend ownedBy(String owner) {
        ownedBy = owner;
        return this;
    }

    /** From now on the answer names the question it answers: {@link #answerTo(String)}. */
    public StandInBackend echoing(boolean on) {
        echoing = on;
        return this;
    }

    /** From now on the answer is {@code answer} applied to the question (null: back to the usual answer). */
    public StandInBackend answering(java.util.function.UnaryOperator<String> answer) {
        answering = answer;
        return this;
    }

    private volatile java.util.function.UnaryOperator<String> answering;

    /** What an echoing stand-in answers to {@code question}. */
    public static String answerTo(String question) {
        return "You asked: " + question + ". " + ANSWER;
    }

    public StandInBackend stallAfter(int tokens) {
        stallAfterTokens = tokens;
        return this;
    }

    public StandInBackend failWith(int status) {
        errorStatus = status;
        return this;
    }

    public StandInBackend healthy() {
        dieAfterTokens = -1;
        dieOnce = null;
        stallAfterTokens = -1;
        errorStatus = 0;
        return this;
    }

    /** The words of {@link #ANSWER} as the tokens a model streams: each word with its leading space. */
    public static List<String> tokens(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\s*\\S+").matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            switch (path) {
                case "/api/tags", "/api/ps" -> json(exchange, "{\"models\":[" + String.join(",",
                        models.stream().map(m -> "{\"name\":\"" + m + "\"}").toList()) + "]}");
                case "/v1/models" -> json(exchange, "{\"object\":\"list\",\"data\":[" + String.join(",",
                        models.stream().map(m -> "{\"id\":\"" + m + "\",\"object\":\"model\""
                                + (ownedBy == null ? "" : ",\"owned_by\":\"" + ownedBy + "\"") + "}").toList()) + "]}");
                case "/api/chat", "/v1/chat/completions" -> {
                    chatClientPorts.add(exchange.getRemoteAddress().getPort());
                    chat(exchange);
                }
                case "/api/create" -> {
                    JsonNode create = ObjectMapper.getDefault().readValue(exchange.getRequestBody().readAllBytes(),
                            JsonNode.class);
                    creates.add(create);
                    if (!models.contains(create.get("model").getStringValue())) models.add(create.get("model").getStringValue());
                    json(exchange, "{\"status\":\"success\"}");
                }
                default -> {
                    if (path.startsWith("/api/blobs/sha256:") && "POST".equals(exchange.getRequestMethod())) {
                        blobs.put(path.substring("/api/blobs/".length()), exchange.getRequestBody().readAllBytes().length);
                        exchange.sendResponseHeaders(201, -1);
                        return;
                    }
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    private void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void chat(HttpExchange exchange) throws IOException {
        JsonNode request = ObjectMapper.getDefault().readValue(exchange.getRequestBody().readAllBytes(), JsonNode.class);
        requests.add(request);
        String model = request.get("model").getStringValue();
        if (errorStatus > 0 || !models.contains(model)) {
            int status = errorStatus > 0 ? errorStatus : 404;
            byte[] bytes = ("{\"error\":\"model '" + model + "' not available\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            return;
        }
        active.incrementAndGet();
        try {
            stream(exchange, model, remainingAnswer(request));
        } finally {
            active.decrementAndGet();
        }
    }

    private String remainingAnswer(JsonNode request) {
        JsonNode messages = request.get("messages");
        JsonNode last = messages.get(messages.size() - 1);
        boolean continues = switch (resumes) {
            case PREFILL -> true;
            case VLLM -> flag(request, "continue_final_message", false) && !flag(request, "add_generation_prompt", true);
            case RESTART -> false;
        };
        var answerer = answering;
        String answer = answerer != null ? answerer.apply(lastQuestion(request)) : echoing ? answerTo(lastQuestion(request)) : ANSWER;
        if (continues && "assistant".equals(last.get("role").getStringValue())) {
            String prefix = last.get("content").getStringValue();
            if (answer.startsWith(prefix)) return answer.substring(prefix.length());
        }
        return answer;
    }

    /** The content of the last user message of a recorded request. */
    public static String lastQuestion(JsonNode request) {
        JsonNode messages = request.get("messages");
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).get("role").getStringValue())) return messages.get(i).get("content").getStringValue();
        }
        return "";
    }

    private static boolean flag(JsonNode request, String name, boolean absent) {
        JsonNode value = request.get(name);
        return value == null ? absent : value.getBooleanValue();
    }

    private void stream(HttpExchange exchange, String model, String answer) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", protocol == Protocol.OLLAMA ? "application/x-ndjson" : "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> tokens = tokens(answer);
        for (int i = 0; i < tokens.size(); i++) {
            if (i == dieAfterTokens && (dieOnce == null || dieOnce.compareAndSet(false, true))) {
                throw new IOException("stand-in dies mid-stream"); // closes the connection without a clean end
            }
            if (i == stallAfterTokens) sleep(600_000);
            sleep(millisPerToken);
            write(out, chunk(model, tokens.get(i)));
        }
        write(out, end(model, tokens.size()));
    }

    private String chunk(String model, String token) {
        String escaped = token.replace("\\", "\\\\").replace("\"", "\\\"");
        return protocol == Protocol.OLLAMA
                ? "{\"model\":\"" + model + "\",\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},\"done\":false}\n"
                : "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"model\":\"" + model
                + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + escaped + "\"}}]}\n\n";
    }

    private String end(String model, int count) {
        return protocol == Protocol.OLLAMA
                ? "{\"model\":\"" + model + "\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                + "\"prompt_eval_count\":12,\"eval_count\":" + count + ",\"eval_duration\":" + count * millisPerToken * 1_000_000L + "}\n"
                : "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"model\":\"" + model
                + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" + count + "}}\n\ndata: [DONE]\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
