-- A persona may name the model its conversations use when they name none (a trained LoRA model, say).
ALTER TABLE persona ADD COLUMN model VARCHAR(200);
