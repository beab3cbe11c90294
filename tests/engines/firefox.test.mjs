// The visitor's scan in Firefox ESR (tests/engines/visitor.mjs).
import { visitorSuite } from './visitor.mjs';

visitorSuite('firefox');
