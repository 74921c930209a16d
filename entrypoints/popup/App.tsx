export function App() {
  return <main>Selfkind</main>;
}
