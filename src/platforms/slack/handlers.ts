// The Slack door's handlers: /llmmem, the switch buttons and "Post to channel". Text in, blocks out.
import type {
  App, BlockButtonAction, BlockStaticSelectAction, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import { applyControl, CONTROL_IDS, type ControlId } from '../../core/report/controls.js';
import type { HubClient } from '../../hub/hf.js';
import { CONTROL_ACTION_PREFIX, controlState, POST_ACTION_ID } from '../../render/slack.js';
import { registerAskHandlers } from './ask.js';
import { registerHomeAndUnfurls } from './home.js';
import { registerHelpChannelHandlers } from './help-channel.js';
import { reply } from './reply.js';
import { needsHub } from '../../answer.js';
import { langFromLocale, MESSAGES } from '../../i18n/locale.js';
import type { InFlight } from '../in-flight.js';
import type { RateLimits } from '../rate-limit.js';
import type { UserLocales } from './user-locale.js';

export const SLASH_COMMAND = '/llmmem';

export interface SlackHandlerOptions {
  readonly locales: UserLocales;
  readonly hub?: HubClient | undefined;
  readonly helpChannels: ReadonlySet<string>;
  readonly limits?: RateLimits | undefined;
  /** true the first time an Events API delivery is seen (Slack retries slow ones) */
  readonly isFirstDelivery?: ((eventId: string) => Promise<boolean>) | undefined;
  /** where answers under way are tracked, so a stop lets them finish */
  readonly inFlight?: InFlight | undefined;
}

/** The events the manifest subscribes to, as Bolt names them. */
export const SLACK_BOT_EVENTS = ['app_home_opened', 'app_mention', 'link_shared', 'message.channels'] as const;

const politeRefusal = (locale: string | undefined) => ({ response_type: 'ephemeral' as const, text: MESSAGES[langFromLocale(locale)].text.rateLimited });

export function registerSlackHandlers(app: App, options: SlackHandlerOptions): void {
  const { locales, hub, limits, inFlight } = options;
  const allowed = async (text: string, user: string | undefined, channel: string | undefined) => !limits || limits.allow(user, channel, needsHub(text, hub));
  const tracked = <A>(handler: (args: A) => Promise<void>) => (args: A) => (inFlight ? inFlight.track(handler(args)) : handler(args));

  app.command(SLASH_COMMAND, tracked<SlackCommandMiddlewareArgs>(async ({ command, ack, respond }) => {
    await ack();
    const locale = await locales.localeOf(command.user_id);
    if (!(await allowed(command.text, command.user_id, command.channel_id))) return void (await respond(politeRefusal(locale)));
    await respond({ response_type: 'ephemeral', ...(await reply(command.text, locale, { postButton: true, askerId: command.user_id }, hub)) });
  }));

  // a control on an answer: the asker's choice updates it in place; anyone else gets a private copy
  app.action<BlockStaticSelectAction>(new RegExp(`^${CONTROL_ACTION_PREFIX}(?:${CONTROL_IDS.join('|')})$`), tracked<SlackActionMiddlewareArgs<BlockStaticSelectAction>>(async ({ action, ack, respond, body }) => {
    await ack();
    const state = controlState(action.block_id);
    const id = action.action_id.slice(CONTROL_ACTION_PREFIX.length) as ControlId;
    const text = state ? applyControl(state.command, id, action.selected_option.value) : null;
    if (!state || text === null) return;
    const locale = await locales.localeOf(body.user.id);
    if (!(await allowed(text, body.user.id, body.channel?.id))) return void (await respond(politeRefusal(locale)));
    const ephemeral = body.container?.is_ephemeral !== false;
    const own = state.askerId === null || state.askerId === body.user.id;
    const answer = await reply(text, locale, { postButton: ephemeral || !own, askerId: own ? state.askerId : body.user.id }, hub);
    await respond(own ? { replace_original: true, ...answer } : { response_type: 'ephemeral', replace_original: false, ...answer });
  }));

  app.action<BlockButtonAction>(POST_ACTION_ID, tracked<SlackActionMiddlewareArgs<BlockButtonAction>>(async ({ action, ack, respond, body }) => {
    await ack();
    const locale = await locales.localeOf(body.user.id);
    await respond({ response_type: 'in_channel', delete_original: true, ...(await reply(action.value ?? '', locale, { postButton: false, askerId: body.user.id }, hub)) });
  }));

  registerAskHandlers(app, options);
  registerHomeAndUnfurls(app, options);

  registerHelpChannelHandlers(app, options);
}
