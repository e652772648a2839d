package aura.domain.chat;

/**
 * Where a message stands. A user's message is complete when stored. An answer is streaming while a node
 * generates it, complete when done, partial when generation stopped with some text, failed when none came.
 */
public enum MessageState { COMPLETE, STREAMING, PARTIAL, FAILED }
