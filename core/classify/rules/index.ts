/**
 * Every category rule, in priority order: when two phrases of different rules start at the same position,
 * the earlier rule wins (authentication, then promotional, then utility anchors). Computed rules (with
 * `detect`) run after all phrase rules, in this order. One file per rule; the meta-test checks that every
 * file in this folder is listed here and that id === file name.
 */

import type { RuleDefinition } from '../types';
import anchorAccount from './anchor-account-payment';
import anchorBooking from './anchor-booking-appointment';
import anchorOrder from './anchor-order-delivery';
import anchorSupport from './anchor-support-request';
import authExpiry from './auth-expiry-notice';
import authDisclaimer from './auth-security-disclaimer';
import copyCodeCoupon from './copy-code-coupon';
import essentialAlert from './essential-alert';
import formatMarketingOnly from './format-marketing-only';
import genericSurvey from './generic-survey';
import noSpecificAnchor from './no-specific-anchor';
import optInManagement from './opt-in-management';
import otpButton from './otp-button';
import otpCode from './otp-code';
import otpCodePurpose from './otp-code-purpose';
import otpFixedForm from './otp-fixed-form';
import otpPassword from './otp-password';
import promoApologyCredit from './promo-apology-credit';
import promoAppFeature from './promo-app-feature';
import promoButton from './promo-button';
import promoCallToAction from './promo-call-to-action';
import promoCouponCode from './promo-coupon-code';
import promoDiscount from './promo-discount';
import promoDonation from './promo-donation';
import promoEventAwareness from './promo-event-awareness';
import promoNewProduct from './promo-new-product';
import antiOptOut from './promo-opt-out-marketing';
import promoPreApproved from './promo-pre-approved';
import promoReferral from './promo-referral';
import promoRenewal from './promo-renewal';
import promoRetargeting from './promo-retargeting';
import promoUpsell from './promo-upsell';
import relationshipGreeting from './relationship-greeting';
import unclearContent from './unclear-content';

export const RULES: readonly RuleDefinition[] = [
  formatMarketingOnly,
  otpCode,
  otpPassword,
  otpButton,
  authDisclaimer,
  authExpiry,
  antiOptOut,
  promoDiscount,
  promoCouponCode,
  promoCallToAction,
  promoButton,
  promoNewProduct,
  promoUpsell,
  promoRenewal,
  promoRetargeting,
  promoApologyCredit,
  promoAppFeature,
  relationshipGreeting,
  promoDonation,
  promoPreApproved,
  promoEventAwareness,
  promoReferral,
  anchorOrder,
  anchorAccount,
  anchorBooking,
  anchorSupport,
  essentialAlert,
  optInManagement,
  copyCodeCoupon,
  otpFixedForm,
  otpCodePurpose,
  genericSurvey,
  unclearContent,
  noSpecificAnchor,
];
