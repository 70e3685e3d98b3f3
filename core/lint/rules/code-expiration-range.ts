import { finding, L, type LintRule, SECTION_AUTH } from '../rule';

const MIN = 1;
const MAX = 90;

export const rule: LintRule = {
  id: 'code-expiration-range',
  severity: 'error',
  description: `An authentication footer's code_expiration_minutes is between ${MIN} and ${MAX}.`,
  source: {
    section: SECTION_AUTH,
    quote:
      'optional expiry warning footer: "This code expires in <NUM_MINUTES> minutes." (code_expiration_minutes, min 1, max 90)',
  },
  check(ctx) {
    const m = ctx.footer?.code_expiration_minutes;
    if (typeof m !== 'number' || (m >= MIN && m <= MAX)) return [];
    return [
      finding(rule, {
        message: L(
          `code_expiration_minutes is ${m}; Meta accepts ${MIN}–${MAX}.`,
          `code_expiration_minutes es ${m}; Meta acepta ${MIN}–${MAX}.`,
          `code_expiration_minutes é ${m}; a Meta aceita ${MIN}–${MAX}.`,
        ),
        suggestion: L(
          `Use a value from ${MIN} to ${MAX} minutes.`,
          `Usa un valor de ${MIN} a ${MAX} minutos.`,
          `Use um valor de ${MIN} a ${MAX} minutos.`,
        ),
      }),
    ];
  },
  examples: {
    valid: [
      {
        category: 'AUTHENTICATION',
        components: [
          { type: 'BODY', text: '{{1}} is your verification code.' },
          { type: 'FOOTER', code_expiration_minutes: 10 },
          { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }] },
        ],
      },
    ],
    invalid: [
      {
        category: 'AUTHENTICATION',
        components: [
          { type: 'BODY', text: '{{1}} is your verification code.' },
          { type: 'FOOTER', code_expiration_minutes: 120 },
          { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }] },
        ],
      },
    ],
  },
};
