// The parts of an interaction llmmem reads, checked before use: a signed body can still be `42` or
// carry `data: null` (issue 17: those got 500), and such a request gets 400 instead.
import type { APIInteraction } from 'discord-api-types/v10';
import { z } from 'zod';

const Snowflake = z.string().regex(/^\d{1,20}$/);
/** Interaction tokens are URL-safe text; anything else would reshape the webhook URL built from it. */
const Token = z.string().regex(/^[A-Za-z0-9._-]{1,500}$/);

const Option = z.looseObject({
  name: z.string().max(100), type: z.number().int(),
  // null: what JSON makes of a NaN or infinite number; answered as a bad value, like any other
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(), focused: z.boolean().optional(),
});

const Envelope = z.looseObject({ id: Snowflake, application_id: Snowflake, token: Token, locale: z.string().max(20).optional() });

const InteractionSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal(1) }),
  Envelope.extend({ type: z.literal(2), data: z.looseObject({ name: z.string(), options: z.array(Option).max(25).optional() }) }),
  Envelope.extend({ type: z.literal(3), data: z.looseObject({ component_type: z.number().int(), custom_id: z.string().max(100) }) }),
  Envelope.extend({ type: z.literal(4), data: z.looseObject({ name: z.string(), options: z.array(Option).max(25).optional() }) }),
  Envelope.extend({ type: z.literal(5) }),
]);

/** The interaction when it has the fields llmmem reads, else null. */
export function parseInteraction(value: unknown): APIInteraction | null {
  const parsed = InteractionSchema.safeParse(value);
  return parsed.success ? (parsed.data as unknown as APIInteraction) : null;
}
