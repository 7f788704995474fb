// Where Slack posts: slash commands, Events API and interactivity share one path (see the app manifest).
export const SLACK_EVENTS_PATH = '/slack/events';
