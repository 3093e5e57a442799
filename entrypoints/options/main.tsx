import { createRoot } from 'react-dom/client';
import { App } from './App';
import '../../components/styles.css';
import './dashboard.css';

createRoot(document.getElementById('root')!).render(<App />);
