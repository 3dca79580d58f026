// Two builds benched side by side: the order of their runs.

/**
 * The order in which run `i` measures `count` builds: 0, 1, ... on even runs, the reverse on
 * odd ones, so that neither build is always measured first (a machine warming up or getting
 * busier during a run then weighs on both alike).
 */
export function inTurn(count, i) {
  const order = [...Array(count).keys()];
  return i % 2 ? order.reverse() : order;
}
