// A benchmark that throws the step's secrets, so its error text would carry them into the report.
export default function leak() {
  throw new Error(`token ${process.env['INPUT_GITHUB-TOKEN']} runtime ${process.env.ACTIONS_RUNTIME_TOKEN} _${process.env['INPUT_GITHUB-TOKEN']}_`);
}
