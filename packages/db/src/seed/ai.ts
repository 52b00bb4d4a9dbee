import {
  aiConversations,
  aiMessages,
  featureUsage,
  systemSettings,
  userPreferenceLearning,
} from '@touriquest/ai-admin';
import { cities } from './cities';
import type { SeedModule } from './context';

export const aiSeed: SeedModule = {
  name: 'ai-admin',
  needs: ['users', 'aiConversations', 'aiMessages'],
  async run(ctx) {
    const f = ctx.faker;
    const userIds = ctx.ids.users ?? [];
    const talkers = userIds.filter((_, i) => i % 2 === 0);
    const convIds = await ctx.insert(
      aiConversations,
      talkers.map((userId, i) => ({
        userId,
        title: `Trip ideas for ${cities[i % cities.length]!.name}`,
        model: 'tq-planner-1',
        context: { city: cities[i % cities.length]!.slug },
      })),
    );
    // Message order comes from the conversation's sequence (a trigger): insert each conversation's turns in order.
    const messages = convIds.flatMap((conversationId, i) => {
      const city = cities[i % cities.length]!;
      const lm = city.landmarks[i % city.landmarks.length]!;
      return [
        {
          conversationId,
          role: 'user' as const,
          content: `What should I see in ${city.name} in two days?`,
          tokensIn: 14,
        },
        {
          conversationId,
          role: 'assistant' as const,
          content: `Start at ${lm.name}, then ${city.landmarks
            .filter((l) => l !== lm)
            .map((l) => l.name)
            .join(', ')}.`,
          model: 'tq-planner-1',
          tokensIn: 120,
          tokensOut: f.number.int({ min: 40, max: 400 }),
          latencyMs: f.number.int({ min: 300, max: 4000 }),
        },
      ];
    });
    await ctx.insert(aiMessages, messages, { returnIds: false });
    const features = [
      'style.budget',
      'style.luxury',
      'interest.food',
      'interest.museums',
      'interest.outdoors',
    ];
    await ctx.insert(
      userPreferenceLearning,
      userIds.flatMap((userId) =>
        f.helpers.arrayElements(features, 2).map((feature) => ({
          userId,
          feature,
          weight: f.number.float({ min: -3, max: 3, fractionDigits: 3 }),
          confidence: f.number.float({ min: 0, max: 1, fractionDigits: 3 }),
          source: 'behavior' as const,
          modelVersion: 'seed-1',
        })),
      ),
      { returnIds: false },
    );
    await ctx.insert(
      featureUsage,
      userIds.map((userId, i) => ({
        featureKey: 'planner.chat',
        userId,
        variant: i % 2 ? 'A' : 'B',
        useCount: 1 + (i % 7),
      })),
      { returnIds: false },
    );
    await ctx.insert(
      systemSettings,
      [
        {
          key: 'seed.scale',
          value: ctx.scale,
          type: 'string' as const,
          description: 'scale of the seeded dataset',
        },
        {
          key: 'seed.seed',
          value: ctx.seed,
          type: 'number' as const,
          description: 'faker seed of the dataset',
        },
      ],
      { returnIds: false },
    );
  },
};
