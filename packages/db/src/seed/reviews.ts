import { createHash } from 'node:crypto';
import { bookings, refreshHostPerformance } from '@touriquest/bookings';
import { mediaFiles } from '@touriquest/content';
import { reviewHelpfulVotes, reviewImages, reviews, reviewTranslations } from '@touriquest/reviews';
import { inArray } from 'drizzle-orm';
import type { SeedModule } from './context';

/**
 * Verified reviews of the completed stays (the database checks each booking is the author's completed stay
 * and keeps every property's rating_avg/rating_count exact), a few helpful votes, French translations and
 * guests' photos. Last, host_performance is refreshed: all its inputs (bookings, messages, ratings) exist.
 */
export const reviewsSeed: SeedModule = {
  name: 'reviews',
  needs: ['reviews', 'reviewHelpfulVotes', 'reviewImages', 'mediaFiles'],
  async run(ctx) {
    const completed = ctx.ids.completedBookings ?? [];
    const users = ctx.ids.users ?? [];
    if (!completed.length) return;
    const stays = await ctx.db
      .select({
        id: bookings.id,
        guestId: bookings.guestId,
        propertyId: bookings.propertyId,
        checkOut: bookings.checkOut,
      })
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
    // Photos on one review in three (one or two each). The file is a content media_files row first
    // (review_images.media_id references it), owned by the author and uploaded two days after check-out.
    const shots = reviewIds.flatMap((reviewId, i) =>
      i % 3 ? [] : Array.from({ length: 1 + (i % 2) }, (_, n) => ({ reviewId, i, n })),
    );
    const spots = [
      'The terrace',
      'Our bedroom',
      'View from the window',
      'The courtyard',
      'Breakfast on the roof',
    ];
    const captions = shots.map(() => ctx.faker.helpers.arrayElement(spots));
    const mediaIds = await ctx.insert(
      mediaFiles,
      shots.map(({ i, n }, k) => {
        const key = `seed/reviews/review-${i}/${n}.jpg`;
        const portrait = (i + n) % 3 === 0;
        return {
          ownerId: rows[i]!.authorId,
          storageKey: key,
          mimeType: 'image/jpeg',
          sizeBytes: ctx.faker.number.int({ min: 150_000, max: 4_000_000 }),
          width: portrait ? 1200 : 1600,
          height: portrait ? 1600 : 1200,
          checksumSha256: createHash('sha256').update(key).digest('hex'),
          status: 'ready' as const,
          altText: `Guest photo: ${captions[k]!.toLowerCase()}`,
          uploadedAt: new Date(Date.parse(`${stays[i]!.checkOut}T18:00:00Z`) + 2 * 86_400_000),
        };
      }),
    );
    await ctx.insert(
      reviewImages,
      shots.map(({ reviewId, n }, k) => ({
        reviewId,
        mediaId: mediaIds[k]!,
        caption: captions[k]!,
        sortOrder: n,
      })),
      { returnIds: false },
    );
    await refreshHostPerformance(ctx.db);
  },
};
