// npm run register: sends the /llmmem definition to Discord, in one guild (DISCORD_GUILD_ID) or globally.
import { REST, Routes } from 'discord.js';
import { loadConfig } from '../src/config.js';
import { COMMANDS } from './llmmem.js';

async function register(): Promise<number> {
  const result = loadConfig();
  if (!result.ok) {
    for (const line of result.errors) process.stderr.write(`register: ${line}\n`);
    return 1;
  }
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: api } = result.config.env;
  if (!token || !applicationId) {
    process.stderr.write('register: DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed\n');
    return 1;
  }
  const rest = new REST({ api }).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body: COMMANDS });
  process.stdout.write(`registered ${COMMANDS.map((c) => c.name).join(' and ')} ${guildId ? `in guild ${guildId}` : 'globally (may take up to an hour to appear)'}\n`);
  return 0;
}

register().then((status) => { process.exitCode = status; }, (error: unknown) => {
  process.stderr.write(`register: ${error instanceof Error ? error.message : 'failed'}\n`);
  process.exitCode = 1;
});
