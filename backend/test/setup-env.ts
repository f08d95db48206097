import '../src/runtime';
