import { bookings } from '@touriquest/bookings';
import { reviewHelpfulVotes, reviews, reviewTranslations } from '@touriquest/reviews';
import { inArray } from 'drizzle-orm';
import type { SeedModule } from './context';

/**
 * Verified reviews of the completed stays (the database checks each booking is the author's completed stay
 * and keeps every property's rating_avg/rating_count exact), a few helpful votes, and French translations.
 */
export const reviewsSeed: SeedModule = {
  name: 'reviews',
  needs: ['reviews', 'reviewHelpfulVotes'],
  async run(ctx) {
    const completed = ctx.ids.completedBookings ?? [];
    const users = ctx.ids.users ?? [];
    if (!completed.length) return;
    const stays = await ctx.db
      .select({ id: bookings.id, guestId: bookings.guestId, propertyId: bookings.propertyId })
      .from(bookings)
      .where(inArray(bookings.id, completed));
    const rows = stays.map((b, i) => ({
      propertyId: b.propertyId,
      bookingId: b.id,
      authorId: b.guestId,
      rating: 3 + (i % 3),
      cleanlinessRating: 4 + (i % 2),
      title: ctx.faker.lorem.words(3),
      body: ctx.faker.lorem.sentences(2),
      locale: 'en',
      status: i % 7 === 6 ? ('pending' as const) : ('published' as const),
    }));
    const reviewIds = await ctx.insert(reviews, rows);
    await ctx.insert(
      reviewHelpfulVotes,
      reviewIds.flatMap((reviewId, i) =>
        [1, 2]
          .map((k) => users[(i * 3 + k) % users.length]!)
          .filter((u) => u !== rows[i]!.authorId)
          .map((userId, k) => ({ reviewId, userId, isHelpful: k === 0 })),
      ),
      { returnIds: false },
    );
    await ctx.insert(
      reviewTranslations,
      reviewIds.slice(0, Math.ceil(reviewIds.length / 3)).map((reviewId) => ({
        reviewId,
        locale: 'fr',
        title: 'Très bien',
        body: 'Un séjour calme et agréable.',
      })),
      { returnIds: false },
    );
  },
};
