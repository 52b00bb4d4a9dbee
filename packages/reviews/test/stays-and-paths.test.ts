import { properties } from '@touriquest/properties';
import {
  createScratchServerDatabase,
  describeEngines,
  describeServer,
  expectRule,
} from '@touriquest/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  moderateReview,
  postReview,
  publishedReviewsOf,
  publishedReviewsQuery,
  reviews,
  voteReviewHelpful,
} from '../src';
import { property, review, stay, user } from './fixtures';

describeEngines('verified stays', (ctx) => {
  it("accepts a review of the author's own completed stay, once, and refuses anyone else's", () =>
    ctx.rollback(async (tx) => {
      const p = await property(tx);
      const guest = await user(tx);
      const other = await user(tx);
      const done = await stay(tx, p.id, guest.id, 'completed');
      const upcoming = await stay(tx, p.id, guest.id, 'confirmed');
      await tx.insert(reviews).values(review(p.id, guest.id, { bookingId: done.id }));
      await expectRule(tx, 'reviews_author_id_booking_id_key', (sp) =>
        sp.insert(reviews).values(review(p.id, guest.id, { bookingId: done.id })),
      );
      await expectRule(tx, 'reviews_verified_stay_check', (sp) =>
        sp.insert(reviews).values(review(p.id, other.id, { bookingId: done.id })),
      );
      await expectRule(tx, 'reviews_verified_stay_check', (sp) =>
        sp.insert(reviews).values(review(p.id, guest.id, { bookingId: upcoming.id })),
      );
      const elsewhere = await property(tx);
      await expectRule(tx, 'reviews_verified_stay_check', (sp) =>
        sp
          .insert(reviews)
          .values(review(elsewhere.id, guest.id, { bookingId: (done as { id: string }).id, title: 'x' })),
      );
    }));

  it('lists published reviews newest first, page by page', () =>
    ctx.rollback(async (tx) => {
      const p = await property(tx);
      const made: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await postReview(tx, review(p.id, (await user(tx)).id, { rating: 1 + i }));
        if (i !== 2) await moderateReview(tx, r.id, 'published');
        made.push(r.id);
      }
      const first = await publishedReviewsOf(tx, { propertyId: p.id }, { limit: 2 });
      const second = await publishedReviewsOf(
        tx,
        { propertyId: p.id },
        { cursor: first.nextCursor, limit: 10 },
      );
      expect(second.nextCursor).toBeNull();
      const seen = [...first.items, ...second.items].map((r) => r.id);
      expect(seen).toHaveLength(4);
      expect(new Set(seen).size).toBe(4);
      expect(seen).not.toContain(made[2]);
    }));
});

describeServer('reviews under concurrency and their access path', (ctx) => {
  it('keeps rating and helpful aggregates exact under 20 concurrent reviews and 30 concurrent votes', async () => {
    const scratch = await createScratchServerDatabase({ poolSize: 40 });
    try {
      const db = scratch.db;
      const p = await property(db);
      const authors = await Promise.all(Array.from({ length: 20 }, () => user(db)));
      const posted = await Promise.all(
        authors.map(async (a, i) => {
          const r = await postReview(db, review(p.id, a.id, { rating: 1 + (i % 5) }));
          return moderateReview(db, r.id, 'published');
        }),
      );
      const voters = await Promise.all(Array.from({ length: 30 }, () => user(db)));
      await Promise.all(voters.map((v, i) => voteReviewHelpful(db, posted[i % 3]!.id, v.id, i % 4 !== 0)));
      const [prop] = await db.select().from(properties).where(eq(properties.id, p.id));
      const expected = posted.reduce((s, r) => s + r.rating, 0) / posted.length;
      expect(prop!.ratingCount).toBe(20);
      expect(Number(prop!.ratingAvg)).toBeCloseTo(expected, 2);
      for (const r of posted.slice(0, 3)) {
        const [row] = await db.select().from(reviews).where(eq(reviews.id, r.id));
        const recount = (await db.execute(
          sql`select count(*)::int as n from review_helpful_votes where review_id = ${r.id} and is_helpful`,
        )) as unknown as { n: number }[];
        expect(row!.helpfulCount).toBe(Number(recount[0]!.n));
      }
    } finally {
      await scratch.drop();
    }
  });

  it('serves published reviews of a listing from its partial index', async () => {
    const q = publishedReviewsQuery(ctx.db, { propertyId: '01900000-0000-7000-8000-000000000001' }).toSQL();
    const text = q.sql.replace(/\$(\d+)/g, (_, i) => `'${String(q.params[Number(i) - 1])}'`);
    const plan = await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      const raw = (await tx.execute(sql.raw(`explain ${text}`))) as unknown as Record<string, string>[];
      return raw.map((r) => Object.values(r)[0]).join('\n');
    });
    expect(plan).toContain('reviews_property_id_published_idx');
  });
});
