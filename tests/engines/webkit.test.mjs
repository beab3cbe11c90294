// The visitor's scan in WebKitGTK's MiniBrowser, Safari's engine (tests/engines/visitor.mjs).
import { visitorSuite } from './visitor.mjs';

visitorSuite('webkit');
