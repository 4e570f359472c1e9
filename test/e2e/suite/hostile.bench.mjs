// Task names that, printed as they are, would be workflow commands to the runner: a `::` command at
// the start of a line (after a line break in the name), and the legacy `##[name]` form anywhere.
export default function hostile(bench) {
  bench
    .add('x\n::error::INJECTED\n::add-mask::perf', () => [3, 1, 2].sort())
    .add('y ##[add-mask]gate ##[error]LEGACY', () => [3, 1, 2].sort());
}
