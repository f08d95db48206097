export default function Placeholder() {
    return <div className="wrap page" />;
}
