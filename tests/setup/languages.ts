// Tests speak every language without waiting, as the Node tools do; the page loads a language
// when first spoken (src/i18n/catalogues.ts). The validators are registered by the tests of the
// store (tests/store/helpers.ts), after any module those tests mock.
import '../../src/i18n/all';
