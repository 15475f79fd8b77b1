-- The day a source was published, when known: the day its claims were made (ClaimReview's
-- itemReviewed.datePublished).
ALTER TABLE source ADD COLUMN published DATE;
