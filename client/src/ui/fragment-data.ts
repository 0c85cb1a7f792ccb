// The client preset's unmasking function is a plain function that only carries a hook's name. Under
// this name it may be called where a hook may not: in event handlers, callbacks and mutation results.
export { useFragment as getFragmentData } from '../gql';
