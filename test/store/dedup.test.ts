import { describe, expect, it } from 'vitest';
import { decodeSig, encodeSig, minhash, similarity } from '../../src/store/dedup.ts';

describe('minhash signatures', () => {
  it('stay the signatures archives already hold (stored and compared across runs and machines)', () => {
    // Written by the implementation that joined each three-term shingle into a string before hashing.
    const a = minhash(['مدينة', 'النخيل', 'تفتتح', 'جسرا', 'جديدا', 'فوق', 'الوادي'])!;
    expect(encodeSig(a)).toBe(
      '3b94e99734e7afe0062099b865711bf124bbfbec126605a70c16fc498a823df63dcc6d9a6cc60014402dd2a2527032f141aac84531b3fe5a2a2ec17d6ae27f4301ccf50c0307f40832471cd9139f2e5903ab291f32e251ac2309f37704dd0c4508a60e370d3683190e835b751725ced209bf54b140b3eaff84aaa83657699f310df8c1b3262db269157b00df231b36e72eed89c441647dca390d6cff429bab8c0460f7c9423b5ad903d7a73b222f4b966a69ece067e182a70f0753ad16a513d70472d6690f083ac008c15aa503ef75c5153844451771b8c1060a601a1307057d06fca8e43b5cdbad4c41c30f3cf99504244ed36736312ab43400668086d09456',
    );
    // a term outside the BMP and one-letter terms: the space between terms counts as in 'a bc 𝒳'
    const b = minhash(['a', 'bc', '𝒳', 'd', 'e'])!;
    expect(encodeSig(b)).toBe(
      '81bed10a1c797301227d796a72b5dee66c165ffea1d3e5d22b8bae6444b3bf72143c73c0ce7b125b78c5a64d39bd233f003c6fc949df10da033c01a463de37b935324e02080bd34d02452ccf1f454d45331c827a9f83189f2404f4eb5c37f6c85773fab29603379222fe08f888c3a6d96fc562b06b60899941bf701f841112e208443fc40db7e6af27ad250910b5ee4a057022e25e4fa3761c47467c23a99101a2d955944e958f066da114828a75c5fb0ea803a7124782322026db2a02b9b264079c875879b35479716e9aad514123e80144fc0b2b803ac90c28ad4fa562b7ae042e118377476c08317785c73f691a4683496962ade19cd564014458440e7258',
    );
    expect(similarity(decodeSig(encodeSig(a)), a)).toBe(1);
  });

  it('tell shingles apart by where the terms break, not only by their letters', () => {
    expect(encodeSig(minhash(['ab', 'c', 'd', 'e', 'f'])!)).not.toBe(encodeSig(minhash(['a', 'bc', 'd', 'e', 'f'])!));
    expect(minhash(['a', 'b', 'c', 'd'])).toBeNull();
  });
});
